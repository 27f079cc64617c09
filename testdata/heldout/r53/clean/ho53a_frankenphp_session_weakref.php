<?php
// FrankenPHP worker mode: the script boots once and serves requests
// through frankenphp_handle_request() in a loop.

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in: fills the superglobals for the next request and runs the handler. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = $served++;
            $_SERVER['REQUEST_METHOD'] = 'GET';
            $_SERVER['REQUEST_URI'] = '/account/orders?page=' . ($i % 7 + 1);
            $_SERVER['HTTP_ACCEPT_LANGUAGE'] = 'en-GB,en;q=0.9';
            $_COOKIE = ['SESSID' => sprintf('s%015d', 700000 + $i % 50)];
            $handler();
            return true;
        }
    }
}

namespace App\Http {
    final class Request
    {
        private ?Session $session = null;

        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $server,
            public readonly array $cookies,
        ) {
        }

        public static function fromGlobals(): self
        {
            return new self($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $_SERVER, $_COOKIE);
        }

        public function cookie(string $name): ?string
        {
            return $this->cookies[$name] ?? null;
        }

        public function setSession(Session $session): void
        {
            $this->session = $session;
        }

        public function getSession(): Session
        {
            return $this->session ?? throw new \LogicException('No session started.');
        }

        public function preferredLanguage(): string
        {
            return substr($this->server['HTTP_ACCEPT_LANGUAGE'] ?? 'en', 0, 2);
        }
    }

    final class Session
    {
        private array $attributes = [];
        /** @var \WeakReference<Request> */
        private \WeakReference $request;

        public function __construct(
            private string $id,
            Request $request,
        ) {
            $this->request = \WeakReference::create($request);
        }

        public function getId(): string
        {
            return $this->id;
        }

        public function get(string $key, mixed $default = null): mixed
        {
            return $this->attributes[$key] ?? $default;
        }

        public function set(string $key, mixed $value): void
        {
            $this->attributes[$key] = $value;
        }

        /** Locale falls back to what the browser asked for. */
        public function locale(): string
        {
            return $this->get('_locale') ?? $this->request->get()?->preferredLanguage() ?? 'en';
        }
    }

    final class SessionFactory
    {
        public function __construct(private SessionStorage $storage)
        {
        }

        public function start(Request $request): Session
        {
            $id = $request->cookie('SESSID') ?? bin2hex(random_bytes(16));
            $session = new Session($id, $request);
            foreach ($this->storage->read($id) as $key => $value) {
                $session->set($key, $value);
            }
            $request->setSession($session);
            return $session;
        }
    }

    final class SessionStorage
    {
        public function read(string $id): array
        {
            return ['_user' => (int) substr($id, 1), '_csrf' => hash('sha1', $id)];
        }
    }
}

namespace App {
    use App\Http\Request;
    use App\Http\SessionFactory;

    final class OrdersPage
    {
        public function __construct(private SessionFactory $sessions)
        {
        }

        public function __invoke(Request $request): string
        {
            $session = $this->sessions->start($request);
            $user = $session->get('_user');
            return sprintf('<h1 lang="%s">Orders of #%d</h1>', $session->locale(), $user);
        }
    }
}

namespace {
    use App\Http\Request;
    use App\Http\SessionFactory;
    use App\Http\SessionStorage;
    use App\OrdersPage;

    ignore_user_abort(true);
    $page = new OrdersPage(new SessionFactory(new SessionStorage()));

    $handler = static function () use ($page): void {
        $request = Request::fromGlobals();
        $html = $page($request);
        unset($html);
    };

    while (frankenphp_handle_request($handler)) {
    }
}
