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

  function base64UrlBytes(text) {
    var base64 = String(text).replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) base64 += "=";
    var binary = typeof atob === "function" ? atob(base64) : Buffer.from(base64, "base64").toString("binary");
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function base64UrlJSON(text) {
    return JSON.parse(new TextDecoder().decode(base64UrlBytes(text)));
  }

  /* Checks a VC-JWT (an Open Badges 3.0 credential signed with RS256) against the issuer's JWK
     set: {outcome: "signed" | "badSignature" | "unknownKey" | "malformed", credential}. Only the
     achievement, the issuer and the dates are read back, never the holder. */
  function verifyCredential(jwt, keySet) {
    var parts = String(jwt).trim().split(".");
    if (parts.length !== 3) return Promise.resolve({ outcome: "malformed" });
    var header, payload;
    try { header = base64UrlJSON(parts[0]); payload = base64UrlJSON(parts[1]); } catch (e) { return Promise.resolve({ outcome: "malformed" }); }
    if (header.alg !== "RS256") return Promise.resolve({ outcome: "malformed" });
    var keys = keySet && keySet.keys ? keySet.keys : [];
    var jwk = null;
    for (var i = 0; i < keys.length; i++) if (keys[i].kid === header.kid) jwk = keys[i];
    if (!jwk) return Promise.resolve({ outcome: "unknownKey" });
    var subtle = root.crypto && root.crypto.subtle;
    if (!subtle) return Promise.reject(new Error("SubtleCrypto is not available"));
    return subtle.importKey("jwk", { kty: "RSA", n: jwk.n, e: jwk.e, alg: "RS256", ext: true },
                            { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"])
      .then(function (key) {
        return subtle.verify("RSASSA-PKCS1-v1_5", key, base64UrlBytes(parts[2]), new TextEncoder().encode(parts[0] + "." + parts[1]));
      })
      .then(function (valid) {
        if (!valid) return { outcome: "badSignature" };
        var vc = payload.vc || payload;
        var subject = vc.credentialSubject || {};
        var achievement = subject.achievement || {};
        var issuer = vc.issuer || {};
        return { outcome: "signed", credential: {
          achievement: achievement.name || "", issuer: typeof issuer === "string" ? issuer : (issuer.name || issuer.id || ""),
          validFrom: vc.validFrom || "", validUntil: vc.validUntil || "", id: vc.id || payload.jti || "" } };
      }, function () { return { outcome: "malformed" }; });
  }

  var api = { normalise: normalise, parseCode: parseCode, sha256Hex: sha256Hex, lookup: lookup, checkValue: checkValue,
              verifyCredential: verifyCredential };
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
    var credentialForm = document.getElementById("credential-form");
    var credentialOutput = document.getElementById("credential-result");
    if (credentialForm && credentialOutput) {
      credentialForm.addEventListener("submit", function (event) {
        event.preventDefault();
        credentialOutput.className = "verify-result";
        credentialOutput.textContent = text.getAttribute("data-checking");
        var keysLoaded = root.ISSUER_KEYS ? Promise.resolve(root.ISSUER_KEYS)
          : fetch(credentialForm.getAttribute("data-keys")).then(function (r) { return r.ok ? r.json() : null; });
        keysLoaded.then(function (keySet) {
          if (!keySet) { show({ outcome: "unavailable" }, text, types, credentialOutput); return null; }
          return verifyCredential(document.getElementById("credential").value, keySet).then(function (result) {
            credentialOutput.textContent = "";
            credentialOutput.className = "verify-result " + (result.outcome === "signed" ? "valid" : "unknown");
            var heading = document.createElement("p");
            heading.className = "verify-outcome";
            heading.textContent = text.getAttribute("data-jwt-" + result.outcome.toLowerCase()) || result.outcome;
            credentialOutput.appendChild(heading);
            if (!result.credential) return;
            var list = document.createElement("dl");
            [["achievement", result.credential.achievement], ["issuer", result.credential.issuer],
             ["issued", result.credential.validFrom], ["until", result.credential.validUntil]].forEach(function (row) {
              if (!row[1]) return;
              var dt = document.createElement("dt"); dt.textContent = text.getAttribute("data-" + row[0]);
              var dd = document.createElement("dd"); dd.textContent = row[1];
              list.appendChild(dt); list.appendChild(dd);
            });
            credentialOutput.appendChild(list);
          });
        }).catch(function () { show({ outcome: "unavailable" }, text, types, credentialOutput); });
      });
    }
    /* verify/index.html#code=XXXXX-XXXXX (what a QR code on a certificate can hold) checks at once;
       the part after # never reaches a server. */
    var match = /^#code=([0-9A-Za-z -]{1,24})$/.exec(decodeURIComponent(location.hash || ""));
    if (match) { document.getElementById("code").value = match[1]; check(); }
  });
})(typeof window !== "undefined" ? window : globalThis);
