<?php
// A worker-mode web app opens a session for every request through a session factory that arranges, once, for the current session to be written back when the process shuts down.

namespace App\Session {

    interface SessionHandlerInterface
    {
        public function read(string $id): string;

        public function write(string $id, string $data): bool;
    }

    /**
     * Stand-in for a Redis session handler: only counts writes.
     */
    final class RedisSessionHandler implements SessionHandlerInterface
    {
        private int $writes = 0;

        public function __construct(private readonly string $prefix = 'sess_')
        {
        }

        public function read(string $id): string
        {
            return '';
        }

        public function write(string $id, string $data): bool
        {
            $this->writes++;

            return true;
        }
    }

    final class Session
    {
        private array $attributes = [];
        private bool $started = false;
        private bool $saved = false;

        public function __construct(private readonly string $id, private readonly SessionHandlerInterface $handler)
        {
        }

        public function start(): void
        {
            if ($this->started) {
                return;
            }
            $raw = $this->handler->read($this->id);
            $this->attributes = '' === $raw ? [] : (array) unserialize($raw);
            $this->started = true;
        }

        public function get(string $key, mixed $default = null): mixed
        {
            return $this->attributes[$key] ?? $default;
        }

        public function set(string $key, mixed $value): void
        {
            $this->attributes[$key] = $value;
        }

        public function save(): void
        {
            if ($this->started && !$this->saved) {
                $this->handler->write($this->id, serialize($this->attributes));
                $this->saved = true;
            }
        }

        public function getId(): string
        {
            return $this->id;
        }
    }

    final class SessionFactory
    {
        private ?Session $current = null;

        public function __construct(private readonly SessionHandlerInterface $handler)
        {
            register_shutdown_function([$this, 'saveCurrent']);
        }

        public function createSession(?string $cookie): Session
        {
            return $this->current = new Session($cookie ?? bin2hex(random_bytes(16)), $this->handler);
        }

        public function saveCurrent(): void
        {
            $this->current?->save();
        }
    }
}

namespace App\Controller {

    use App\Session\Session;

    final class WishlistController
    {
        public function add(Session $session, int $productId, string $productName): array
        {
            $wishlist = $session->get('wishlist', []);
            $wishlist[$productId] = ['name' => $productName, 'added_at' => date(DATE_ATOM)];
            $session->set('wishlist', $wishlist);
            $session->set('last_seen_product', $productName);
            $session->set('_flash', ['notice' => sprintf('"%s" was added to your wishlist.', $productName)]);

            return ['count' => \count($wishlist)];
        }
    }
}

namespace {

    use App\Controller\WishlistController;
    use App\Session\RedisSessionHandler;
    use App\Session\SessionFactory;

    $factory = new SessionFactory(new RedisSessionHandler('shop_sess_'));
    $controller = new WishlistController();

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $session = $factory->createSession(sprintf('%032x', $i * 2654435761));
        $session->start();
        $controller->add($session, 4000 + $i, 'Stainless steel espresso tamper, 58mm, walnut handle, model ' . $i);
        $session->save();
    }
}
