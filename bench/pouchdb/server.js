'use strict';
// The PouchDB side's "HQ": an express-pouchdb server (the CouchDB replication protocol) on
// 127.0.0.1, in its own process as our HQ is, its databases on disk (LevelDB, PouchDB's default
// Node adapter) because our HQ writes a real database file too; an in-memory store would flatter it.
//
// Usage: node server.js DATA_DIR PORT_FILE [MODE [CERT_PEM KEY_PEM]]
// MODE is express-pouchdb's: "minimumForPouchDB" (default: the routes a PouchDB client uses,
// nothing else) or "fullCouchDB". With CERT_PEM and KEY_PEM it serves HTTPS (the certificate our HQ
// would make), otherwise plain HTTP. The port is written to PORT_FILE once the server listens.
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const express = require('express');
const PouchDB = require('pouchdb-node');
const expressPouchDB = require('express-pouchdb');

const [dataDir, portFile, mode = 'minimumForPouchDB', certFile, keyFile] = process.argv.slice(2);
if (!dataDir || !portFile) {
  console.error('usage: node server.js DATA_DIR PORT_FILE [MODE [CERT_PEM KEY_PEM]]');
  process.exit(2);
}
fs.mkdirSync(dataDir, { recursive: true });
const DiskPouch = PouchDB.defaults({ prefix: dataDir + path.sep });
const app = express();
// Bytes on the wire, counted at the TCP sockets (headers and any TLS records included): the
// client asks before and after each measure. Answered here, before express-pouchdb sees it.
const sockets = new Set();
let closedBytes = 0;
app.get('/_bench_bytes', (req, res) => {
  let total = closedBytes;
  for (const socket of sockets) total += socket.bytesRead + socket.bytesWritten;
  res.json({ bytes: total });
});
app.use(
  '/',
  expressPouchDB(DiskPouch, {
    mode,
    configPath: path.join(dataDir, 'config.json'),
    logPath: path.join(dataDir, 'log.txt'),
  }),
);
const server = certFile
  ? https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }, app)
  : http.createServer(app);
server.listen(0, '127.0.0.1', () => {
  const tmp = portFile + '.tmp';
  fs.writeFileSync(tmp, String(server.address().port));
  fs.renameSync(tmp, portFile); // the reader never sees a half-written port
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => {
    closedBytes += socket.bytesRead + socket.bytesWritten;
    sockets.delete(socket);
  });
});
function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
