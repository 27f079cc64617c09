<?php

final class Acknowledger
{
    private int $acked = 0;

    public function settle(Consumer $consumer, Message $message): void
    {
        $this->acked++;
        if ($message->redelivered) {
            // a redelivered message was already tracked by the previous attempt
            $consumer->forget($message->id);
        }
    }
}
