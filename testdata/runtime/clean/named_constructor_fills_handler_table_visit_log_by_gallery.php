<?php
// A museum ticketing kiosk API runs in a FrankenPHP-style worker loop.
// The application object is built by a named constructor, Kiosk::boot(),
// which fills its handler table itself ($kiosk->handlers[...] = new ...)
// and returns it; requests are dispatched by path through that table.
// The visit handler keeps the latest visit of each gallery.

namespace Kiosk {
    final class VisitLog
    {
        private const GALLERIES = ['impressionists' => 'east', 'bronze-age' => 'west', 'modern' => 'north'];

        /** @var array<string, array{session: string, at: int, agent: string}> */
        private array $byGallery = [];

        public function note(string $session, string $gallery, string $agent): void
        {
            $this->byGallery[self::GALLERIES[$gallery] ?? 'other'] = ['session' => $session, 'at' => time(), 'agent' => $agent];
        }
    }

    final class VisitHandler
    {
        public function __construct(private VisitLog $log)
        {
        }

        /** @param array{session: string, gallery: string, agent: string} $query */
        public function __invoke(array $query): string
        {
            $this->log->note($query['session'], $query['gallery'], $query['agent']);

            return 'ok';
        }
    }

    final class Kiosk
    {
        /** @var array<string, callable(array): string> */
        private array $handlers = [];

        public static function boot(): self
        {
            $kiosk = new self();
            $kiosk->handlers['/visit'] = new VisitHandler(new VisitLog());

            return $kiosk;
        }

        /** @param array{session: string, gallery: string, agent: string} $query */
        public function handle(string $path, array $query): string
        {
            $handler = $this->handlers[$path] ?? null;

            return $handler === null ? 'not found' : $handler($query);
        }
    }
}

namespace {
    $kiosk = \Kiosk\Kiosk::boot();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $query = ['session' => hash('sha256', 'visitor-' . $i), 'gallery' => ['impressionists', 'bronze-age', 'modern'][$i % 3], 'agent' => 'KioskBrowser/3.1 (' . str_repeat('x', 600) . ')'];
        $kiosk->handle('/visit', $query);
    }
}
