<?php

namespace Spiral\Goridge;

interface RelayInterface
{
    /**
     * Next frame sent by the RoadRunner server, or null when the pipe closes.
     *
     * @return array{method: string, uri: string, headers: array<string, list<string>>, body: string}|null
     */
    public function receive(): ?array;

    public function send(array $frame): void;
}
