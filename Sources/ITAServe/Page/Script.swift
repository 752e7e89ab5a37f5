/// The page's only script, served at /static/app.js (the Content-Security-Policy allows no
/// other). The form works without it; it adds dropping files on the zone, the list of chosen
/// files, and a progress bar while the files go up and the server checks them.
enum Script {
    static let js = """
    "use strict";
    (function () {
      var form = document.getElementById("check");
      if (!form) return;
      var input = document.getElementById("files");
      var zone = document.querySelector(".dropzone");
      var chosen = document.getElementById("chosen");
      var progress = document.getElementById("progress");
      var status = document.getElementById("status");
      var button = document.getElementById("submit");
      var th = document.documentElement.lang === "th";

      function showChosen() {
        var names = [];
        for (var i = 0; i < input.files.length; i++) names.push(input.files[i].name);
        chosen.textContent = names.join(", ");
      }
      input.addEventListener("change", showChosen);
      ["dragenter", "dragover"].forEach(function (type) {
        zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (type) {
        zone.addEventListener(type, function () { zone.classList.remove("over"); });
      });
      zone.addEventListener("drop", function (event) {
        event.preventDefault();
        if (!event.dataTransfer || !event.dataTransfer.files.length) return;
        var all = new DataTransfer();
        for (var i = 0; i < input.files.length; i++) all.items.add(input.files[i]);
        for (var j = 0; j < event.dataTransfer.files.length; j++) all.items.add(event.dataTransfer.files[j]);
        input.files = all.files;
        showChosen();
      });

      form.addEventListener("submit", function (event) {
        if (!window.XMLHttpRequest || !window.FormData) return;
        event.preventDefault();
        var request = new XMLHttpRequest();
        request.open("POST", form.action);
        progress.hidden = false;
        button.disabled = true;
        status.textContent = th ? "กำลังส่งไฟล์…" : "Uploading…";
        request.upload.addEventListener("progress", function (e) {
          if (e.lengthComputable) progress.value = Math.round(e.loaded * 100 / e.total);
        });
        request.upload.addEventListener("load", function () {
          progress.removeAttribute("value");
          status.textContent = th ? "กำลังตรวจสอบ…" : "Checking…";
        });
        request.addEventListener("load", function () {
          if (request.responseURL && request.responseURL.indexOf("/result/") >= 0) {
            window.location.assign(request.responseURL);
            return;
          }
          document.open();
          document.write(request.responseText);
          document.close();
        });
        request.addEventListener("error", function () {
          button.disabled = false;
          progress.hidden = true;
          status.textContent = th ? "ส่งไม่สำเร็จ กรุณาลองใหม่" : "The upload failed; try again.";
        });
        request.send(new FormData(form));
      });
    })();
    """
}
