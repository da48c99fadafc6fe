// Opens and closes the portal's profile menu from its button; no timers, no animation.
(function () {
  var button = document.getElementById('profile-menu-button');
  var menu = document.getElementById('profile-menu');
  if (!button || !menu) { return; }
  function setOpen(open) {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function (event) {
    event.stopPropagation();
    setOpen(menu.hidden);
  });
  menu.addEventListener('click', function (event) { event.stopPropagation(); });
  document.addEventListener('click', function () { setOpen(false); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { setOpen(false); }
  });
})();
