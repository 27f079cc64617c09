<?php

namespace Smpp;

/**
 * Simulated SMSC bind: answers submit_sm with a hex message id and, later,
 * sends a deliver_sm receipt whose "id:" field is the same id in decimal
 * (as several carriers' SMSCs do).
 */
final class SmscSimulator
{
    private int $sequence = 0x3a1f00;

    public function __construct(public readonly string $systemId)
    {
    }

    public function submitSm(string $source, string $destination, string $shortMessage): array
    {
        $this->sequence += 17;
        return [
            'command_status' => 0,
            'message_id' => sprintf('%08X', $this->sequence),
            'sequence_number' => $this->sequence & 0x7fffffff,
        ];
    }

    public function receiptFor(string $hexId, string $stat, string $shortMessage): string
    {
        $now = date('ymdHi');
        return sprintf(
            'id:%d sub:001 dlvrd:%s submit date:%s done date:%s stat:%s err:%s text:%s',
            hexdec($hexId),
            $stat === 'DELIVRD' ? '001' : '000',
            $now,
            $now,
            $stat,
            $stat === 'DELIVRD' ? '000' : '0b1',
            substr($shortMessage, 0, 20)
        );
    }
}
