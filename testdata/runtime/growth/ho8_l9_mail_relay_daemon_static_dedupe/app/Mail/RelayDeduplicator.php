<?php

namespace App\Mail;

final class InboundMailbox
{
    private int $uid = 0;

    public function fetch(): array
    {
        $this->uid++;
        return [
            'message_id' => sprintf('<%s.%d@mx.example.org>', bin2hex(random_bytes(8)), $this->uid),
            'from' => "sender{$this->uid}@customer.example",
            'subject' => "Re: ticket #{$this->uid}",
            'received' => 'from mx1.example.org by relay.internal with ESMTPS; ' . date(DATE_RFC2822) . str_repeat(' via hop', 30),
        ];
    }
}

final class RelayDeduplicator
{
    /** @var array<string, array> */
    private static array $relayed = [];

    public static function alreadyRelayed(array $headers): bool
    {
        if (isset(self::$relayed[$headers['message_id']])) {
            return true;
        }
        self::$relayed[$headers['message_id']] = $headers; // leak
        return false;
    }
}
