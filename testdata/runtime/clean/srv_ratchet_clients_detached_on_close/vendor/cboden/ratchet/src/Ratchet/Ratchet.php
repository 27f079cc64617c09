<?php

namespace Ratchet {
    interface ConnectionInterface
    {
        public function send($data);

        public function close();
    }

    interface ComponentInterface
    {
        public function onOpen(ConnectionInterface $conn);

        public function onClose(ConnectionInterface $conn);

        public function onError(ConnectionInterface $conn, \Exception $e);
    }

    interface MessageInterface
    {
        public function onMessage(ConnectionInterface $from, $msg);
    }

    interface MessageComponentInterface extends ComponentInterface, MessageInterface
    {
    }
}

namespace Ratchet\Server {
    use Ratchet\ConnectionInterface;
    use Ratchet\MessageComponentInterface;

    class IoConnection implements ConnectionInterface
    {
        public int $resourceId = 0;
        public string $remoteAddress = '';
        public array $httpHeaders = [];
        private bool $closed = false;

        public function send($data)
        {
            return $this;
        }

        public function close()
        {
            $this->closed = true;
        }
    }

    /**
     * Stand-in: run() accepts PHPLEAK_N connections; each opens (onOpen), sends one
     * text message (onMessage) and disconnects (onClose).
     */
    class IoServer
    {
        public function __construct(public MessageComponentInterface $app, public string $address)
        {
        }

        public static function factory(MessageComponentInterface $component, $port = 80, $address = '0.0.0.0')
        {
            return new static($component, $address . ':' . $port);
        }

        public function run()
        {
            $n = (int) (\getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $conn = new IoConnection();
                $conn->resourceId = $i + 1;
                $conn->remoteAddress = \sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255);
                $conn->httpHeaders = [
                    'Host' => 'chat.example.com',
                    'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0 client/' . $i,
                    'Sec-WebSocket-Key' => \base64_encode(\md5('key' . $i, true)),
                ];
                $this->app->onOpen($conn);
                $this->app->onMessage($conn, \json_encode([
                    'user' => 'agent' . $i,
                    'text' => \str_repeat('hello support team, ', 24) . $i,
                ]));
                $this->app->onClose($conn);
            }
        }
    }
}

namespace Ratchet\Http {
    use Ratchet\ConnectionInterface;
    use Ratchet\MessageComponentInterface;

    class HttpServer implements MessageComponentInterface
    {
        public function __construct(protected MessageComponentInterface $_httpServer)
        {
        }

        public function onOpen(ConnectionInterface $conn)
        {
            $this->_httpServer->onOpen($conn);
        }

        public function onMessage(ConnectionInterface $from, $msg)
        {
            $this->_httpServer->onMessage($from, $msg);
        }

        public function onClose(ConnectionInterface $conn)
        {
            $this->_httpServer->onClose($conn);
        }

        public function onError(ConnectionInterface $conn, \Exception $e)
        {
            $this->_httpServer->onError($conn, $e);
        }
    }
}

namespace Ratchet\WebSocket {
    use Ratchet\ConnectionInterface;
    use Ratchet\MessageComponentInterface;

    class WsServer implements MessageComponentInterface
    {
        public function __construct(private MessageComponentInterface $component)
        {
        }

        public function onOpen(ConnectionInterface $conn)
        {
            $this->component->onOpen($conn);
        }

        public function onMessage(ConnectionInterface $from, $msg)
        {
            $this->component->onMessage($from, $msg);
        }

        public function onClose(ConnectionInterface $conn)
        {
            $this->component->onClose($conn);
        }

        public function onError(ConnectionInterface $conn, \Exception $e)
        {
            $this->component->onError($conn, $e);
        }
    }
}
