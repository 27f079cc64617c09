<?php

namespace React\Socket;

use Evenement\EventEmitterInterface;

interface ConnectionInterface extends EventEmitterInterface
{
    public function getRemoteAddress();
    public function isWritable();
    public function write($data);
    public function close();
}
