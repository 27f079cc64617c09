<?php

final class Acknowledger
{
    private int $acked = 0;

    public function settle(Consumer $consumer, Message $message): void
    {
        $this->acked++;
        $consumer->forget($message->id);
    }
}
