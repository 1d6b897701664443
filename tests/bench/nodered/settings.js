// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node-RED settings for the peer flow in flows.json (hubbridge-bench, phase 6). As given with the
// flow, with two changes for the bench: Node-RED listens on 127.0.0.1 only, as serve does in the
// bench, and logs at "info", which adds only start-up lines, among them "Server now running at
// http://127.0.0.1:PORT/", which the bench waits for. The port comes from -p, the Hub OS URL and
// the credentials from HB_HUBOS and HB_CREDS; the user directory (-u) is a temporary one.
module.exports = { httpAdminRoot: false, logging: { console: { level: "info" } }, editorTheme: { tours: false },
  functionExternalModules: false, flowFile: "flows.json", credentialSecret: false, uiHost: "127.0.0.1" };
