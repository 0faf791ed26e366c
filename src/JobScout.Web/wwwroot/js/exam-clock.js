// Counts an exam's time down each second. The server still decides: an answer after the deadline is refused there.
(function () {
    var clock = document.querySelector('[data-deadline]');
    if (!clock) { return; }
    var deadline = Date.parse(clock.getAttribute('data-deadline'));
    var text = clock.querySelector('.exam-clock-left');
    function tick() {
        var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
        var minutes = Math.floor(left / 60), seconds = left % 60;
        text.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
        if (left === 0) { clock.classList.add('text-danger'); return; }
        setTimeout(tick, 1000);
    }
    tick();
}());
