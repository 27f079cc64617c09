<?php

namespace App;

use App\Message\DeliveryReportReceived;
use MessengerLite\Envelope;
use MessengerLite\ReceiverInterface;
use MessengerLite\TransportMessageIdStamp;

/**
 * The "dlr" transport: a busy AMQP queue fed by the SMPP binds. get()
 * returns whatever the broker prefetched, here one report at a time.
 */
final class SmscDlrReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private const STATS = ['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED', 'ACCEPTD'];

    public function __construct(private array $smscIds)
    {
    }

    public function get(): iterable
    {
        $i = $this->delivered++;
        $stat = self::STATS[$i % count(self::STATS)];
        $messageId = sprintf('%010d', 4100000000 + $i * 13);
        $submitted = date('ymdHi', 1700000000 + $i * 7);
        $receipt = sprintf(
            'id:%s sub:001 dlvrd:%s submit date:%s done date:%s stat:%s err:%s text:Hi %s, your parcel %s is out for delivery',
            $messageId, $stat === 'DELIVRD' ? '001' : '000', $submitted, $submitted, $stat,
            $stat === 'DELIVRD' ? '000' : sprintf('%03d', 1 + $i % 60), substr(md5((string) $i), 0, 6), strtoupper(substr(sha1((string) $i), 0, 12))
        );
        $message = new DeliveryReportReceived(
            $this->smscIds[$i % count($this->smscIds)],
            $messageId,
            $receipt,
            '3361' . str_pad((string) (($i * 48271) % 10000000), 7, '0', STR_PAD_LEFT),
            time(),
        );
        return [new Envelope($message, [new TransportMessageIdStamp(bin2hex(random_bytes(8)))])];
    }
}
