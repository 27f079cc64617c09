<?php

namespace App\Sms;

final class DeliveryReceipt
{
    public function __construct(
        public readonly string $id,
        public readonly string $stat,
        public readonly string $err,
        public readonly string $doneDate,
    ) {
    }

    public static function parse(string $shortMessage): self
    {
        preg_match_all('/(\w+(?: date)?):(\S+)/', $shortMessage, $m, PREG_SET_ORDER);
        $fields = [];
        foreach ($m as [, $name, $value]) {
            $fields[$name] = $value;
        }
        return new self(
            $fields['id'] ?? '',
            $fields['stat'] ?? 'UNKNOWN',
            $fields['err'] ?? '000',
            $fields['done date'] ?? '',
        );
    }

    public function isFinal(): bool
    {
        return in_array($this->stat, ['DELIVRD', 'UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED'], true);
    }
}
