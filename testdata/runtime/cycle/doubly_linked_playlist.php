<?php
// A playlist as a doubly linked list of tracks, rebuilt for every request.

final class Track
{
    public ?Track $prev = null;
    public ?Track $next = null;

    public function __construct(public string $title, public int $seconds) {}
}

final class Playlist
{
    private ?Track $head = null;
    private ?Track $tail = null;
    private int $count = 0;

    public function append(Track $track): void
    {
        if ($this->tail === null) {
            $this->head = $this->tail = $track;
        } else {
            $track->prev = $this->tail; // leak
            $this->tail->next = $track; // leak
            $this->tail = $track;
        }
        $this->count++;
    }

    public function duration(): int
    {
        $total = 0;
        for ($t = $this->head; $t !== null; $t = $t->next) {
            $total += $t->seconds;
        }
        return $total;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($request = 0; $request < $n; $request++) {
    $playlist = new Playlist();
    foreach (['Intro', 'Verse', 'Chorus', 'Outro'] as $k => $name) {
        $playlist->append(new Track(str_repeat($name . ' (live) ', 10) . $request, 180 + $k));
    }
    $playlist->duration();
}
unset($playlist);
