<?php

namespace Amp\Http\Server\Driver;

use Amp\Http\Server\Request;

/** A bound listening socket; accept() yields parsed requests from clients. */
interface ServerSocket
{
    public function accept(): ?Request;
}

interface ServerSocketFactory
{
    public function listen(string $address): ServerSocket;
}
