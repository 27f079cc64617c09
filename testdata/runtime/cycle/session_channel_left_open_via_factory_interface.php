<?php

declare(strict_types=1);

// A handler opens channels on a per-request session it gets from a
// factory, known by its interface; each channel links back to its
// session, and one of them is never closed: session and channel stay
// linked, a cycle per request.

final class Channel
{
    public function __construct(private readonly Session $session, public readonly string $name, public string $buffer = '') // leak
    {
    }

    public function close(): void
    {
        $this->session->release($this);
    }
}

final class Session
{
    private SplObjectStorage $channels;

    public function __construct()
    {
        $this->channels = new SplObjectStorage();
    }

    public function open(string $name): Channel
    {
        $channel = new Channel($this, $name);
        $this->channels->attach($channel); // leak

        return $channel;
    }

    public function release(Channel $channel): void
    {
        $this->channels->detach($channel);
    }
}

interface SessionFactory
{
    public function connect(): Session;
}

final class MeshSessionFactory implements SessionFactory
{
    public function connect(): Session
    {
        return new Session();
    }
}

final class PageHandler
{
    public function __construct(private SessionFactory $sessions)
    {
    }

    public function handle(string $sku): string
    {
        $session = $this->sessions->connect();
        $price = $session->open('pricing');
        $stock = $session->open('stock');
        $price->buffer = str_repeat("{\"sku\":\"{$sku}\"}", 30);
        $stock->buffer = str_repeat("{\"stock\":\"{$sku}\"}", 30);
        $page = $price->buffer . $stock->buffer;
        $price->close();

        return $page;
    }
}

$handler = new PageHandler(new MeshSessionFactory());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(sprintf('SKU-%06d', $i));
}
