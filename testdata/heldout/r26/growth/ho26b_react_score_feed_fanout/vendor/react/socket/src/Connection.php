<?php

namespace React\Socket;

use Evenement\EventEmitter;

/**
 * Stand-in for React\Socket\Connection: no real stream, writes land in a
 * bounded outgoing buffer that the (absent) loop would drain.
 */
class Connection extends EventEmitter implements ConnectionInterface
{
    private $closed = false;
    private $outgoing = '';
    private $remoteAddress;

    public function __construct($remoteAddress)
    {
        $this->remoteAddress = $remoteAddress;
    }

    public function getRemoteAddress()
    {
        return $this->remoteAddress;
    }

    public function isWritable()
    {
        return !$this->closed;
    }

    public function write($data)
    {
        if ($this->closed) {
            return false;
        }
        $this->outgoing .= $data;
        if (\strlen($this->outgoing) > 65536) {
            // the loop would have flushed by now
            $this->outgoing = '';
        }
        return true;
    }

    public function close()
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->outgoing = '';
        $this->emit('close');
        $this->removeAllListeners();
    }
}
