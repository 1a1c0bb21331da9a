/* Certificate verification in the browser: the typed code is normalised, checked (Crockford
 * base32 with a Luhn mod 32 check character), hashed with SHA-256 and looked up in the published
 * index of hashed codes. No code and no name ever leaves the page. Works from file:// too: the
 * index is also published as a script (verification-index.js) that sets window.VERIFICATION_INDEX. */
(function (root) {
  "use strict";
  var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /* Upper case; spaces, tabs and dashes dropped; O read as 0, I and L as 1. */
  function normalise(text) {
    var out = "";
    var upper = String(text).toUpperCase();
    for (var i = 0; i < upper.length; i++) {
      var c = upper.charAt(i);
      if (c === "-" || c === " " || c === "\t") continue;
      if (c === "O") c = "0";
      else if (c === "I" || c === "L") c = "1";
      out += c;
    }
    return out;
  }

  function checkValue(values) {
    var factor = 2, sum = 0;
    for (var i = values.length - 1; i >= 0; i--) {
      var addend = factor * values[i];
      sum += Math.floor(addend / 32) + (addend % 32);
      factor = factor === 2 ? 1 : 2;
    }
    return (32 - (sum % 32)) % 32;
  }

  /* The normalised code, or null when it is not a well-formed code. */
  function parseCode(text) {
    var code = normalise(text);
    if (code.length !== 10) return null;
    var values = [];
    for (var i = 0; i < code.length; i++) {
      var v = ALPHABET.indexOf(code.charAt(i));
      if (v < 0) return null;
      values.push(v);
    }
    return checkValue(values.slice(0, 9)) === values[9] ? code : null;
  }

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return out;
  }

  /* SHA-256 of ASCII text as lower-case hex, with SubtleCrypto. */
  function sha256Hex(text) {
    var subtle = root.crypto && root.crypto.subtle;
    if (!subtle) return Promise.reject(new Error("SubtleCrypto is not available"));
    return subtle.digest("SHA-256", new TextEncoder().encode(text)).then(hex);
  }

  /* {outcome: "malformed" | "unknown" | "valid" | "revoked", record} for a typed code. */
  function lookup(index, text) {
    var code = parseCode(text);
    if (code === null) return Promise.resolve({ outcome: "malformed" });
    return sha256Hex(code).then(function (hash) {
      var record = index && index.records ? index.records[hash] : undefined;
      if (!record) return { outcome: "unknown" };
      return { outcome: record.status === "valid" ? "valid" : "revoked", record: record };
    });
  }

  var api = { normalise: normalise, parseCode: parseCode, sha256Hex: sha256Hex, lookup: lookup, checkValue: checkValue };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  root.CertificateVerification = api;

  function loadIndex(form) {
    if (root.VERIFICATION_INDEX) return Promise.resolve(root.VERIFICATION_INDEX);
    var url = form.getAttribute("data-index");
    if (!url) return Promise.resolve(null);
    return fetch(url).then(function (response) { return response.ok ? response.json() : null; }).catch(function () { return null; });
  }

  function show(result, text, types, output) {
    output.textContent = "";
    output.className = "verify-result " + result.outcome;
    var heading = document.createElement("p");
    heading.className = "verify-outcome";
    heading.textContent = text.getAttribute("data-" + result.outcome) || result.outcome;
    output.appendChild(heading);
    if (!result.record) return;
    var list = document.createElement("dl");
    function row(label, value) {
      var dt = document.createElement("dt"); dt.textContent = label;
      var dd = document.createElement("dd"); dd.textContent = value;
      list.appendChild(dt); list.appendChild(dd);
    }
    row(text.getAttribute("data-type"), types[result.record.certificateType] || result.record.certificateType);
    row(text.getAttribute("data-issued"), result.record.issued);
    row(text.getAttribute("data-status"), heading.textContent);
    if (result.record.revokedOn) row(text.getAttribute("data-revoked-on"), result.record.revokedOn);
    output.appendChild(list);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("verify-form");
    var output = document.getElementById("verify-result");
    var text = document.getElementById("verify-text");
    if (!form || !output || !text) return;
    var types = {};
    var items = text.querySelectorAll("[data-type-id]");
    for (var i = 0; i < items.length; i++) types[items[i].getAttribute("data-type-id")] = items[i].textContent;
    function check() {
      output.className = "verify-result";
      output.textContent = text.getAttribute("data-checking");
      var code = document.getElementById("code").value;
      loadIndex(form).then(function (index) {
        if (!index) { show({ outcome: "unavailable" }, text, types, output); return null; }
        return lookup(index, code).then(function (result) { show(result, text, types, output); });
      }).catch(function () { show({ outcome: "unavailable" }, text, types, output); });
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); check(); });
    /* verify/index.html#code=XXXXX-XXXXX (what a QR code on a certificate can hold) checks at once;
       the part after # never reaches a server. */
    var match = /^#code=([0-9A-Za-z -]{1,24})$/.exec(decodeURIComponent(location.hash || ""));
    if (match) { document.getElementById("code").value = match[1]; check(); }
  });
})(typeof window !== "undefined" ? window : globalThis);
