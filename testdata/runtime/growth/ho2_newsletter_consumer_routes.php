<?php
// A queue consumer command renders newsletter emails with signed unsubscribe links produced by a statically accessed URL generator, and keeps a ring of recent deliveries for diagnostics.

declare(strict_types=1);

namespace Lumen\Routing {

    final class Route
    {
        public readonly string $regex;

        /**
         * @param list<string> $methods
         * @param array<string, string> $requirements
         * @param array<string, mixed> $defaults
         */
        public function __construct(
            public readonly string $name,
            public readonly string $pattern,
            public readonly array $methods = ['GET'],
            public readonly ?string $action = null,
            public readonly array $requirements = [],
            public readonly array $defaults = [],
        ) {
            $this->regex = '#^' . preg_replace_callback(
                '/\{(\w+)\}/',
                fn (array $m): string => '(?P<' . $m[1] . '>' . ($this->requirements[$m[1]] ?? '[^/]+') . ')',
                $this->pattern,
            ) . '$#sDu';
        }

        /** @return list<string> */
        public function placeholders(): array
        {
            preg_match_all('/\{(\w+)\}/', $this->pattern, $m);

            return $m[1];
        }
    }

    /**
     * Process-wide route table, filled while the application boots.
     */
    final class RouteRegistry
    {
        /** @var array<string, Route> */
        private static array $routes = [];

        public static function add(Route $route): void
        {
            self::$routes[$route->name] = $route; // leak
        }

        public static function get(string $name): Route
        {
            return self::$routes[$name] ?? throw new \InvalidArgumentException("Unknown route {$name}");
        }

        public static function has(string $name): bool
        {
            return isset(self::$routes[$name]);
        }
    }

    final class UrlGenerator
    {
        private static ?self $instance = null;

        public function __construct(private readonly string $baseUrl, private readonly string $secret) {}

        public static function setInstance(self $generator): void
        {
            self::$instance = $generator;
        }

        public static function instance(): self
        {
            return self::$instance ?? throw new \LogicException('URL generator not configured');
        }

        /** @param array<string, scalar> $params */
        public function generate(string $name, array $params = []): string
        {
            $route = RouteRegistry::get($name);
            $path = $route->pattern;
            foreach ($route->placeholders() as $key) {
                $path = str_replace('{' . $key . '}', rawurlencode((string) ($params[$key] ?? '')), $path);
                unset($params[$key]);
            }

            return $this->baseUrl . $path . ($params ? '?' . http_build_query($params) : '');
        }

        /** @param array<string, scalar> $params */
        public function signed(string $name, array $params = []): string
        {
            $url = $this->generate($name, $params);

            return $url . (str_contains($url, '?') ? '&' : '?') . 'signature=' . hash_hmac('sha256', $url, $this->secret);
        }
    }
}

namespace Newsletter {

    use Lumen\Routing\Route;
    use Lumen\Routing\RouteRegistry;
    use Lumen\Routing\UrlGenerator;

    final class SendNewsletterMessage
    {
        public function __construct(
            public readonly int $subscriberId,
            public readonly string $email,
            public readonly string $campaign,
        ) {}
    }

    /**
     * Fixed-size ring of the last deliveries, shown on the ops dashboard.
     */
    final class RecentDeliveries
    {
        private \SplFixedArray $slots;
        private int $next = 0;

        public function __construct(int $size = 32)
        {
            $this->slots = new \SplFixedArray($size);
        }

        public function record(string $email, int $bytes): void
        {
            $this->slots[$this->next] = ['email' => $email, 'bytes' => $bytes];
            $this->next = ($this->next + 1) % $this->slots->getSize();
        }
    }

    final class NewsletterRenderer
    {
        public function render(SendNewsletterMessage $message): string
        {
            $routeName = 'newsletter_unsubscribe_' . $message->subscriberId;
            if (!RouteRegistry::has($routeName)) {
                RouteRegistry::add(new Route( // leak
                    $routeName,
                    '/newsletter/' . $message->subscriberId . '/unsubscribe/{campaign}',
                    ['GET', 'POST'],
                    'App\\Controller\\NewsletterController::unsubscribe',
                    ['campaign' => '[a-z0-9][a-z0-9-]{2,63}'],
                    ['_format' => 'html', '_locale' => 'en', 'subscriberId' => $message->subscriberId, '_signed' => true],
                ));
            }
            $unsubscribe = UrlGenerator::instance()->signed($routeName, ['campaign' => $message->campaign]);
            $archive = UrlGenerator::instance()->generate('newsletter_archive', ['campaign' => $message->campaign]);

            return "<p>Hello {$message->email},</p><p>Read online: <a href=\"{$archive}\">{$archive}</a></p>"
                . "<p><a href=\"{$unsubscribe}\">Unsubscribe</a></p>";
        }
    }

    final class ConsumeNewsletterCommand
    {
        private int $sent = 0;

        public function __construct(
            private readonly \SplQueue $queue,
            private readonly NewsletterRenderer $renderer,
            private readonly RecentDeliveries $recent,
        ) {}

        public function run(int $limit): int
        {
            $processed = 0;
            while (!$this->queue->isEmpty() && $processed++ < $limit) {
                /** @var SendNewsletterMessage $message */
                $message = $this->queue->dequeue();
                $html = $this->renderer->render($message);
                $this->recent->record($message->email, strlen($html));
                $this->sent++;
            }

            return 0;
        }
    }
}

namespace {

    use Lumen\Routing\Route;
    use Lumen\Routing\RouteRegistry;
    use Lumen\Routing\UrlGenerator;
    use Newsletter\ConsumeNewsletterCommand;
    use Newsletter\NewsletterRenderer;
    use Newsletter\RecentDeliveries;
    use Newsletter\SendNewsletterMessage;

    RouteRegistry::add(new Route('newsletter_archive', '/newsletter/archive/{campaign}'));
    RouteRegistry::add(new Route('homepage', '/'));
    UrlGenerator::setInstance(new UrlGenerator('https://news.example.com', 'k3y-' . str_repeat('x', 28)));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $queue = new \SplQueue();
    $command = new ConsumeNewsletterCommand($queue, new NewsletterRenderer(), new RecentDeliveries(32));

    for ($i = 0; $i < $n; $i++) {
        $queue->enqueue(new SendNewsletterMessage(30000 + $i, "reader{$i}@example.com", 'spring-sale-2024'));
        $command->run(1);
    }
}
