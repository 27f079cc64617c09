<?php
// A playlist keeps its tracks in a collection made in its constructor.
// Adding a track goes through the collection, which is handed the
// playlist as the owner and sets a weak reference to it on the track:
// nothing points back strongly, so each playlist goes when dropped.

final class Track
{
    private ?WeakReference $playlist = null;

    public function __construct(public readonly string $title)
    {
    }

    public function attachTo(Playlist $playlist): void
    {
        $this->playlist = WeakReference::create($playlist);
    }
}

final class TrackList
{
    /** @var list<Track> */
    private array $tracks = [];

    public function add(Track $track, Playlist $owner): void
    {
        $track->attachTo($owner);
        $this->tracks[] = $track;
    }
}

final class Playlist
{
    private TrackList $tracks;

    public function __construct(public readonly string $name)
    {
        $this->tracks = new TrackList();
    }

    public function add(Track $track): void
    {
        $this->tracks->add($track, $this);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $playlist = new Playlist("mix {$i}" . str_repeat('~', 200));
    $playlist->add(new Track("intro {$i}"));
    $playlist->add(new Track("outro {$i}"));
    unset($playlist);
}
