<?php

declare(strict_types=1);

namespace App\Foundation {

    final class Application
    {
        private static ?self $instance = null;
        /** @var array<string, \Closure(self): object> */
        private array $factories = [];
        /** @var array<string, object> */
        private array $instances = [];

        public static function getInstance(): self
        {
            return self::$instance ??= new self();
        }

        public function singleton(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
        }

        public function make(string $id): object
        {
            return $this->instances[$id] ??= ($this->factories[$id])($this);
        }
    }
}

namespace App\Localization {

    final class MessageCatalogue
    {
        /** @param array<string, array<string, string>> $messages */
        public function __construct(private readonly array $messages)
        {
        }

        public function line(string $locale, string $key): ?string
        {
            return $this->messages[$locale][$key] ?? null;
        }
    }

    final class Translator
    {
        /** @var array<string, string> */
        private array $formatted = [];

        public function __construct(
            private readonly MessageCatalogue $catalogue,
            private string $locale,
            private readonly string $fallbackLocale,
        ) {
        }

        public function setLocale(string $locale): void
        {
            $this->locale = $locale;
        }

        public function get(string $key, array $replace = []): string
        {
            $cacheKey = $this->locale . ':' . $key . '?' . http_build_query($replace);

            return $this->formatted[$cacheKey] ??= $this->makeReplacements($this->resolveLine($key), $replace); // leak
        }

        private function resolveLine(string $key): string
        {
            return $this->catalogue->line($this->locale, $key)
                ?? $this->catalogue->line($this->fallbackLocale, $key)
                ?? $key;
        }

        private function makeReplacements(string $line, array $replace): string
        {
            $pairs = [];
            foreach ($replace as $name => $value) {
                $pairs[':' . $name] = (string) $value;
                $pairs[':' . strtoupper((string) $name)] = strtoupper((string) $value);
            }

            return strtr($line, $pairs);
        }
    }
}

namespace {

    use App\Foundation\Application;
    use App\Localization\MessageCatalogue;
    use App\Localization\Translator;

    function __(string $key, array $replace = []): string
    {
        /** @var Translator $translator */
        $translator = Application::getInstance()->make('translator');

        return $translator->get($key, $replace);
    }

    final class SetLocaleFromHeader
    {
        private const SUPPORTED = ['en', 'de', 'fr'];

        public function handle(array $server, callable $next): array
        {
            $preferred = substr($server['HTTP_ACCEPT_LANGUAGE'] ?? 'en', 0, 2);
            Application::getInstance()->make('translator')->setLocale(in_array($preferred, self::SUPPORTED, true) ? $preferred : 'en');

            return $next($server);
        }
    }

    final class OrderConfirmationController
    {
        public function __invoke(array $server): array
        {
            parse_str($server['QUERY_STRING'] ?? '', $query);
            $order = [
                'number' => 'ORD-' . str_pad((string) $query['order'], 8, '0', STR_PAD_LEFT),
                'customer' => $query['name'] ?? 'customer',
                'total' => number_format((int) $query['cents'] / 100, 2),
                'eta' => date('Y-m-d', 1_700_000_000 + (int) $query['order'] * 86_400),
            ];

            return [
                'title' => __('orders.confirmed.title', ['number' => $order['number']]),
                'greeting' => __('orders.confirmed.greeting', ['name' => $order['customer']]),
                'summary' => __('orders.confirmed.summary', ['total' => $order['total'], 'eta' => $order['eta']]),
                'footer' => __('orders.confirmed.footer', ['number' => $order['number'], 'name' => $order['customer']]),
            ];
        }
    }

    Application::getInstance()->singleton('translator', static fn (): Translator => new Translator(new MessageCatalogue([
        'en' => [
            'orders.confirmed.title' => 'Order :number confirmed',
            'orders.confirmed.greeting' => 'Hello :name, thank you for shopping with us.',
            'orders.confirmed.summary' => 'We charged :total EUR. Expected delivery: :eta.',
            'orders.confirmed.footer' => 'Questions about :number? Reply to this message, :name, and we will get back to you.',
        ],
        'de' => [
            'orders.confirmed.title' => 'Bestellung :number bestätigt',
            'orders.confirmed.greeting' => 'Hallo :name, vielen Dank für Ihren Einkauf.',
            'orders.confirmed.summary' => 'Wir haben :total EUR abgebucht. Voraussichtliche Lieferung: :eta.',
            'orders.confirmed.footer' => 'Fragen zu :number? Antworten Sie einfach auf diese Nachricht, :name.',
        ],
    ]), 'en', 'en'));

    $middleware = new SetLocaleFromHeader();
    $controller = new OrderConfirmationController();

    /** Stand-in for frankenphp_handle_request() in worker mode. */
    $handleRequest = static function (callable $handler, array $server): bool {
        $handler($server);

        return true;
    };

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server = [
            'REQUEST_URI' => '/checkout/confirmation',
            'QUERY_STRING' => http_build_query(['order' => 70_000 + $i, 'name' => "Customer {$i}", 'cents' => 1999 + $i * 7]),
            'HTTP_ACCEPT_LANGUAGE' => $i % 3 === 0 ? 'de-DE,de;q=0.9' : 'en-US,en;q=0.8',
        ];
        $handleRequest(static fn (array $s): array => $middleware->handle($s, $controller), $server);
    }
}
