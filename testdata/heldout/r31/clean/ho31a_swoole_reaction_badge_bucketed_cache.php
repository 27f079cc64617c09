<?php

// Swoole HTTP worker for a forum's reaction bar: every post on a thread page
// shows one badge per reaction type with its count.

namespace Swoole\Http {
    final class Request
    {
        public array $get = [];
        public array $header = [];
    }

    final class Response
    {
        public int $bytes = 0;

        public function header(string $name, string $value): void
        {
        }

        public function end(string $content): void
        {
            $this->bytes += strlen($content);
        }
    }

    /** Stand-in: dispatches PHPLEAK_N requests to the 'request' callback. */
    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->get = [
                    'post' => (string) (480000 + $i * 13),
                    'like' => (string) (($i * 7919) % 20000),
                    'love' => (string) (($i * 104729) % 3500),
                    'laugh' => (string) ($i % 9),
                ];
                $request->header = ['accept-language' => $i % 3 === 0 ? 'de-DE,de;q=0.9' : 'en-GB,en;q=0.8'];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace Forum\Reactions {
    enum ReactionType: string
    {
        case Like = 'like';
        case Love = 'love';
        case Laugh = 'laugh';
        case Wow = 'wow';
        case Sad = 'sad';

        public function emoji(): string
        {
            return match ($this) {
                self::Like => '&#128077;',
                self::Love => '&#10084;&#65039;',
                self::Laugh => '&#128514;',
                self::Wow => '&#128558;',
                self::Sad => '&#128546;',
            };
        }
    }

    final class CountFormatter
    {
        private const SUPPORTED = ['en', 'de', 'fr'];

        public static function locale(string $acceptLanguage): string
        {
            $primary = strtolower(substr($acceptLanguage, 0, 2));

            return in_array($primary, self::SUPPORTED, true) ? $primary : 'en';
        }

        /** Badges show 1-9 exactly and larger counts as "10+", "100+", "1000+", "10000+". */
        public static function bucket(int $count): string
        {
            if ($count < 10) {
                return (string) max(1, $count);
            }

            return '1' . str_repeat('0', min(4, (int) floor(log10($count)))) . '+';
        }

        public static function localizeBucket(string $bucket, string $locale): string
        {
            $plus = str_ends_with($bucket, '+');
            $digits = (int) rtrim($bucket, '+');

            return number_format($digits, 0, '', $locale === 'de' ? '.' : ',') . ($plus ? '+' : '');
        }
    }

    final class BadgeRenderer
    {
        private const WARM_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 10000];

        /** Called once at worker start so the first thread pages do not pay for rendering. */
        public function warm(array $locales): int
        {
            $warmed = 0;
            foreach (ReactionType::cases() as $type) {
                foreach ($locales as $locale) {
                    foreach (self::WARM_COUNTS as $count) {
                        $warmed += strlen($this->badge($type, $count, $locale)) > 0 ? 1 : 0;
                    }
                }
            }

            return $warmed;
        }

        public function badge(ReactionType $type, int $count, string $locale): string
        {
            static $rendered = [];
            $bucket = CountFormatter::bucket($count);

            return $rendered[self::cacheKey($type, $bucket, $locale)] ??= $this->markup($type, $bucket, $locale);
        }

        private static function cacheKey(ReactionType $type, string $bucket, string $locale): string
        {
            return "badge:{$type->value}:{$locale}:{$bucket}";
        }

        private function markup(ReactionType $type, string $bucket, string $locale): string
        {
            $label = CountFormatter::localizeBucket($bucket, $locale);
            $title = sprintf('%s %s reaction%s', $label, ucfirst($type->value), $bucket === '1' ? '' : 's');

            return sprintf(
                '<button type="button" class="reaction-badge reaction-badge--%1$s" data-reaction="%1$s" ' .
                'aria-label="%2$s" title="%2$s"><span class="reaction-badge__emoji">%3$s</span>' .
                '<span class="reaction-badge__count" data-bucket="%4$s">%5$s</span></button>',
                $type->value,
                htmlspecialchars($title),
                $type->emoji(),
                $bucket,
                $label,
            );
        }
    }

    final class ReactionBarController
    {
        public function __construct(private BadgeRenderer $renderer)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $locale = CountFormatter::locale($request->header['accept-language'] ?? 'en');
            $html = '';
            foreach (ReactionType::cases() as $type) {
                $count = (int) ($request->get[$type->value] ?? 0);
                if ($count > 0) {
                    $html .= $this->renderer->badge($type, $count, $locale);
                }
            }
            $response->header('Content-Type', 'text/html; charset=utf-8');
            $response->end('<div class="reaction-bar" data-post="' . (int) $request->get['post'] . '">' . $html . '</div>');
        }
    }
}

namespace {
    use Forum\Reactions\BadgeRenderer;
    use Forum\Reactions\ReactionBarController;

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $renderer = new BadgeRenderer();
    $server->on('workerStart', static fn () => $renderer->warm(['en', 'de', 'fr']));
    $server->on('request', new ReactionBarController($renderer));
    $server->start();
}
