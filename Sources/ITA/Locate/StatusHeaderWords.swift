import ThaiText

/// Status words written as sub-column headers under ผลการดำเนินการ (a tick marks the row's status).
let statusHeaderWords: [(String, MeasureStatus)] = ([
    ("ยังไม่ถึงกำหนดดำเนินการ", .notYetDue), ("ยังไม่ถึงกำหนด", .notYetDue),
    ("ดำเนินการเรียบร้อยแล้ว", .done),
    ("ยังไม่ได้ดำเนินการ", .notStarted), ("ยังไม่ดำเนินการ", .notStarted), ("ไม่ได้ดำเนินการ", .notStarted),
    ("อยู่ระหว่างดำเนินการ", .inProgress), ("กำลังดำเนินการ", .inProgress), ("ระหว่างดำเนินการ", .inProgress),
    ("ดำเนินการแล้วเสร็จ", .done), ("ดำเนินการแล้ว", .done), ("แล้วเสร็จ", .done), ("เสร็จสิ้น", .done),
    ("ไม่เสร็จ", .inProgress), ("เสร็จ", .done), ("ไม่ดำเนินการ", .notStarted), ("ดำเนินการ", .done),
] as [(String, MeasureStatus)]).map { (ThaiCleanup.key($0.0), $0.1) }
