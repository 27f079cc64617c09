<?php
namespace Ratchet;

interface ConnectionInterface
{
    public function send($data);

    public function close();
}
