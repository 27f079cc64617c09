<?php

namespace React\Socket;

use Evenement\EventEmitter;
use Evenement\EventEmitterInterface;
use React\EventLoop\Loop;
use React\EventLoop\LoopInterface;

interface ConnectionInterface extends EventEmitterInterface
{
    public function getRemoteAddress();

    public function getLocalAddress();

    public function write($data);

    public function end($data = null);

    public function close();
}

interface ServerInterface extends EventEmitterInterface
{
    public function getAddress();

    public function pause();

    public function resume();

    public function close();
}

class Connection extends EventEmitter implements ConnectionInterface
{
    private bool $closed = false;

    public function __construct(private string $remoteAddress, private string $localAddress)
    {
    }

    public function getRemoteAddress()
    {
        return $this->remoteAddress;
    }

    public function getLocalAddress()
    {
        return $this->localAddress;
    }

    public function write($data)
    {
        return !$this->closed;
    }

    public function end($data = null)
    {
        if ($data !== null) {
            $this->write($data);
        }
        $this->close();
    }

    public function close()
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->emit('close');
        $this->removeAllListeners();
    }
}

/**
 * Stand-in: each time the loop reports the listening socket readable, one client connects,
 * sends one HTTP/1.1 request in a single chunk, and the connection is closed.
 */
final class SocketServer extends EventEmitter implements ServerInterface
{
    private static int $nextStream = 1;
    private int $stream;
    private int $accepted = 0;
    private LoopInterface $loop;

    public function __construct(private string $uri, array $context = [], ?LoopInterface $loop = null)
    {
        $this->loop = $loop ?? Loop::get();
        $this->stream = self::$nextStream++;
        $this->resume();
    }

    public function getAddress()
    {
        return 'tcp://' . $this->uri;
    }

    public function pause()
    {
        $this->loop->removeReadStream($this->stream);
    }

    public function resume()
    {
        $this->loop->addReadStream($this->stream, function () {
            $this->acceptConnection();
        });
    }

    public function close()
    {
        $this->pause();
        $this->removeAllListeners();
    }

    private function acceptConnection(): void
    {
        $i = $this->accepted++;
        $connection = new Connection(
            \sprintf('tcp://10.%d.%d.%d:%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255, 40000 + $i % 20000),
            $this->getAddress(),
        );
        $this->emit('connection', [$connection]);
        $body = \json_encode([
            'order_id' => 1000 + $i,
            'customer' => "customer{$i}@example.org",
            'note' => \str_repeat('leave at the back door; ', 24) . $i,
        ]);
        $connection->emit('data', [\sprintf("POST /api/orders/%d?page=%d HTTP/1.1\r\n", 1000 + $i, $i % 7)
            . "Host: shop.example.com\r\n"
            . "Content-Type: application/json\r\n"
            . 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0 client/' . $i . "\r\n"
            . \sprintf("X-Request-Id: req-%08x-%d\r\n", \crc32('r' . $i), $i)
            . 'Content-Length: ' . \strlen($body) . "\r\n\r\n" . $body]);
        $connection->close();
    }
}
