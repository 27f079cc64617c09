<?php

declare(strict_types=1);

// OpenSwoole HTTP server with a small session component: a Session is
// opened per request from the shared SessionHandlerInterface, its bags track
// attributes and flash messages, and the CSRF manager keeps its tokens in
// the attribute bag.

final class ArraySessionHandler implements SessionHandlerInterface
{
    /** @var array<string, string> stand-in for the Redis keyspace */
    private array $store = [];

    public function open(string $path, string $name): bool
    {
        return true;
    }

    public function close(): bool
    {
        return true;
    }

    public function read(string $id): string|false
    {
        return $this->store[$id] ?? '';
    }

    public function write(string $id, string $data): bool
    {
        $this->store[$id] = $data;

        return true;
    }

    public function destroy(string $id): bool
    {
        unset($this->store[$id]);

        return true;
    }

    public function gc(int $max_lifetime): int|false
    {
        return 0;
    }
}

interface SessionBagInterface
{
    public function getName(): string;

    public function initialize(array &$data): void;

    public function setSession(Session $session): void;
}

abstract class AbstractBag implements SessionBagInterface
{
    protected array $data = [];
    /** @var WeakReference<Session>|null */
    private ?WeakReference $session = null;

    public function initialize(array &$data): void
    {
        $this->data = &$data;
    }

    public function setSession(Session $session): void
    {
        $this->session = WeakReference::create($session);
    }

    protected function touch(): void
    {
        $this->session?->get()?->markDirty();
    }
}

final class AttributeBag extends AbstractBag
{
    public function getName(): string
    {
        return 'attributes';
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->data[$key] ?? $default;
    }

    public function set(string $key, mixed $value): void
    {
        $this->data[$key] = $value;
        $this->touch();
    }
}

final class FlashBag extends AbstractBag
{
    public function getName(): string
    {
        return 'flashes';
    }

    public function add(string $type, string $message): void
    {
        $this->data[$type][] = $message;
        $this->touch();
    }

    public function all(): array
    {
        $all = $this->data;
        $this->data = [];

        return $all;
    }
}

final class Session
{
    /** @var array<string, SessionBagInterface> */
    private array $bags = [];
    private array $storage = [];
    private bool $dirty = false;

    public function __construct(
        private readonly SessionHandlerInterface $handler,
        public readonly string $id,
    ) {
    }

    public function registerBag(SessionBagInterface $bag): void
    {
        $this->bags[$bag->getName()] = $bag;
        $bag->setSession($this);
    }

    public function start(): void
    {
        $raw = $this->handler->read($this->id);
        $this->storage = $raw === '' ? [] : unserialize($raw, ['allowed_classes' => false]);
        foreach ($this->bags as $name => $bag) {
            $this->storage[$name] ??= [];
            $bag->initialize($this->storage[$name]);
        }
    }

    public function getBag(string $name): SessionBagInterface
    {
        return $this->bags[$name];
    }

    public function markDirty(): void
    {
        $this->dirty = true;
    }

    public function save(): void
    {
        if ($this->dirty) {
            $this->handler->write($this->id, serialize($this->storage));
        }
    }
}

final class CsrfTokenManager
{
    private const NAMESPACE = '_csrf/';

    public function getToken(AttributeBag $attributes, string $tokenId): string
    {
        $key = self::NAMESPACE . $tokenId;
        $token = $attributes->get($key);
        if ($token === null) {
            $token = rtrim(strtr(base64_encode(random_bytes(32)), '+/', '-_'), '=');
            $attributes->set($key, $token);
        }

        return $token;
    }

    public function isTokenValid(AttributeBag $attributes, string $tokenId, ?string $value): bool
    {
        return $value !== null && hash_equals((string) $attributes->get(self::NAMESPACE . $tokenId), $value);
    }
}

final class SessionFactory
{
    public function __construct(private readonly SessionHandlerInterface $handler)
    {
    }

    public function open(string $id): Session
    {
        $session = new Session($this->handler, $id);
        $session->registerBag(new AttributeBag());
        $session->registerBag(new FlashBag());
        $session->start();

        return $session;
    }
}

final class CheckoutController
{
    public function __construct(private readonly CsrfTokenManager $csrf)
    {
    }

    public function __invoke(Session $session, array $request): array
    {
        /** @var AttributeBag $attributes */
        $attributes = $session->getBag('attributes');
        /** @var FlashBag $flashes */
        $flashes = $session->getBag('flashes');

        if ($request['method'] === 'POST') {
            if (!$this->csrf->isTokenValid($attributes, 'checkout', $request['post']['_token'] ?? null)) {
                $flashes->add('error', 'Your form expired, please submit it again.');

                return [419, $flashes->all()];
            }
            $attributes->set('last_order', $request['post']['order_ref']);
            $flashes->add('success', "Order {$request['post']['order_ref']} placed.");

            return [303, $flashes->all()];
        }

        return [200, ['_token' => $this->csrf->getToken($attributes, 'checkout')]];
    }
}

$factory = new SessionFactory(new ArraySessionHandler());
$controller = new CheckoutController(new CsrfTokenManager());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$knownTokens = [];
for ($i = 0; $i < $n; $i++) {
    $sid = hash('sha256', 'visitor-' . ($i % 16));
    $session = $factory->open($sid);
    $request = $i % 2 === 0
        ? ['method' => 'GET', 'post' => []]
        : ['method' => 'POST', 'post' => ['_token' => $knownTokens[$sid] ?? 'stale', 'order_ref' => sprintf('SO-%07d', 40000 + $i)]];
    [$status, $body] = $controller($session, $request);
    if ($status === 200) {
        $knownTokens[$sid] = $body['_token'];
    }
    $session->save();
    unset($session, $body);
}
