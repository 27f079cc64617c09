<?php
namespace Ratchet;

final class WsConnection implements ConnectionInterface
{
    public int $bytesOut = 0;

    public function __construct(
        public readonly int $resourceId,
        public readonly string $remoteAddress,
        public readonly array $httpHeaders,
    ) {}

    public function send($data)
    {
        $this->bytesOut += strlen($data);
        return $this;
    }

    public function close() {}
}
