'use strict';

const gallery = document.getElementById('gallery');
const statusLine = document.getElementById('status');
const search = document.getElementById('search');
const fileInput = document.getElementById('file');
let config;

function showStatus(text, isError) {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', Boolean(isError));
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error((body.message || 'HTTP ' + response.status) + (body.requestId ? ' (request id: ' + body.requestId + ')' : ''));
  }
  return body;
}

function describe(image) {
  const parts = [];
  if (image.width && image.height) {
    parts.push(image.width + ' × ' + image.height);
  }
  if (image.size) {
    parts.push(Math.round(image.size / 1024 * 10) / 10 + ' KB');
  }
  parts.push(image.filePath);
  return parts.join(' · ');
}

function card(image) {
  const node = document.getElementById('card').content.firstElementChild.cloneNode(true);
  node.dataset.fileId = image.fileId;
  node.querySelector('.open').href = image.url;
  node.querySelector('.thumb').src = image.thumbnailUrl;
  node.querySelector('.thumb').alt = image.name;
  node.querySelector('.name').textContent = image.name;
  node.querySelector('.meta').textContent = describe(image);
  node.querySelector('.url').href = image.url;
  node.querySelector('.url').textContent = image.url;
  const tags = node.querySelector('.tags');
  image.tags.forEach((tag) => {
    const item = document.createElement('li');
    item.textContent = tag;
    tags.appendChild(item);
  });
  node.querySelector('.tag-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = node.querySelector('.tag-input').value;
    const wanted = value.split(',').map((tag) => tag.trim()).filter((tag) => tag.length > 0);
    if (wanted.length > 0) {
      run(() => addTags(image, wanted));
    }
  });
  node.querySelector('.delete-button').addEventListener('click', () => run(() => remove(image)));
  return node;
}

let latestLoad = 0;
let shown = '';

async function load() {
  const query = search.value.trim();
  const ticket = ++latestLoad;
  const listing = await api('/api/files' + (query ? '?search=' + encodeURIComponent(query) : ''));
  if (ticket !== latestLoad) {
    return; // a newer search is on its way; showing this answer would flash old results
  }
  show(listing);
  const what = listing.images.length + (listing.images.length === 1 ? ' image' : ' images');
  showStatus((query ? what + ' named "' + query + '…"' : what) + ' · request id ' + listing.requestId);
}

function show(listing) {
  shown = JSON.stringify(listing.images.map((image) => [image.fileId, image.name, image.tags]));
  gallery.replaceChildren(...listing.images.map(card));
}

// Someone changed a file (webhook → server-sent event): list again, quietly, without cancelling a search or
// touching the status line, and redraw only when the list really differs.
async function reloadQuietly() {
  const query = search.value.trim();
  const ticket = latestLoad;
  const listing = await api('/api/files' + (query ? '?search=' + encodeURIComponent(query) : ''));
  const fresh = JSON.stringify(listing.images.map((image) => [image.fileId, image.name, image.tags]));
  if (ticket === latestLoad && fresh !== shown) {
    show(listing);
  }
}

let changeTimer;
function followChanges() {
  const changes = new EventSource('/api/changes');
  changes.addEventListener('open', () => {
    document.body.dataset.live = 'true';
  });
  changes.addEventListener('change', () => {
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => reloadQuietly().catch(() => {}), 100);
  });
}

async function upload(file) {
  const auth = await api('/api/upload-auth');
  const form = new FormData();
  form.append('file', file);
  form.append('fileName', file.name);
  form.append('folder', '/gallery');
  form.append('publicKey', auth.publicKey);
  form.append('signature', auth.signature);
  form.append('expire', String(auth.expire));
  form.append('token', auth.token);
  // Straight to ImageKit's upload API: the file never passes through this application.
  const response = await fetch(config.uploadUrl, { method: 'POST', body: form });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error('Upload failed: ' + (body.message || 'HTTP ' + response.status));
  }
  fileInput.value = '';
  await load();
  showStatus('Uploaded ' + body.name + ' · request id ' + response.headers.get('x-ik-requestId'));
}

async function addTags(image, tags) {
  const updated = await api('/api/files/' + encodeURIComponent(image.fileId) + '/tags', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  await load();
  showStatus('Tagged ' + updated.name + ': ' + updated.tags.join(', '));
}

async function remove(image) {
  const deleted = await api('/api/files/' + encodeURIComponent(image.fileId), { method: 'DELETE' });
  await load();
  showStatus('Deleted ' + image.name + ' · request id ' + deleted.requestId);
}

async function run(action) {
  try {
    await action();
  }
  catch (error) {
    showStatus(error.message, true);
  }
}

let searchTimer;
search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => run(load), 250);
});
document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  run(load);
});
document.getElementById('upload-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (fileInput.files.length > 0) {
    run(() => upload(fileInput.files[0]));
  }
});

run(async () => {
  config = await api('/api/config');
  document.getElementById('account').textContent = (config.emulator ? 'Embedded ImageKit emulator' : 'ImageKit')
    + ' · uploads go to ' + config.uploadUrl;
  await load();
  followChanges();
});
