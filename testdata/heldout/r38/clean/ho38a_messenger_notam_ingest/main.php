<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/IngestNotam.php';
require __DIR__ . '/src/Notam/Notam.php';
require __DIR__ . '/src/Notam/NotamParser.php';
require __DIR__ . '/src/Notam/FirFilter.php';
require __DIR__ . '/src/Notam/BriefingStore.php';
require __DIR__ . '/src/Handler/IngestNotamHandler.php';

use App\Handler\IngestNotamHandler;
use App\Message\IngestNotam;
use App\Notam\BriefingStore;
use App\Notam\FirFilter;
use App\Notam\NotamParser;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/**
 * AMQP receiver stand-in: the EAD/SWIM NOTAM feed, a batch per poll.
 */
final class NotamFeedReceiver implements ReceiverInterface
{
    private const FEED = [
        ['EGTT', 'EGLL', 'QMRLC', 'RWY 09L/27R CLSD DUE WIP'],
        ['LFFF', 'LFPG', 'QFAHW', 'AD HR OF SER CHANGED, SEE AIP SUP 045/24'],
        ['EDGG', 'EDDF', 'QMXLC', 'TWY N3 BTN N2 AND N4 CLSD'],
        ['EGPX', 'EGPH', 'QILAS', 'ILS RWY 24 U/S'],
        ['EHAA', 'EHAM', 'QOBCE', 'CRANE ERECTED 520M NE OF THR 18C, HGT 45M AMSL, LGTD'],
        ['LECM', 'LEMD', 'QNVAS', 'VOR/DME MAD U/S DUE MAINT'],
    ];

    private int $seq = 0;

    public function get(): iterable
    {
        for ($k = 0; $k < 4; $k++) {
            $n = $this->seq++;
            [$fir, $ad, $q, $text] = self::FEED[$n % count(self::FEED)];
            $id = sprintf('%s%04d/24', $fir === 'EGTT' || $fir === 'EGPX' ? 'A' : 'B', 1000 + $n % 9000);
            $type = ['NOTAMN', 'NOTAMN', 'NOTAMR', 'NOTAMC'][$n % 4];
            $from = 2405010000 + ($n % 28) * 100 + $n % 24;
            $raw = implode("\n", [
                $id . ' ' . $type . ($type !== 'NOTAMN' ? sprintf(' %s%04d/24', $id[0], 999 + $n % 9000) : ''),
                sprintf('Q) %s/%s/IV/NBO/A/000/999/%s', $fir, $q, '5129N00028W005'),
                'A) ' . $ad,
                'B) ' . $from,
                'C) ' . ($from + 600),
                'E) ' . $text . sprintf(' REF AIRAC %04d SERIAL %06d', 2405, 310000 + $n),
            ]);
            yield new Envelope(new IngestNotam($raw, 'AFTN/' . $ad . 'YNYX', 1714550400 + $n * 13));
        }
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$handler = new IngestNotamHandler(
    new NotamParser(),
    new FirFilter(['EGTT', 'EGPX']),
    new BriefingStore(),
);
$bus = new MessageBus([IngestNotam::class => [$handler]]);

$worker = new Worker(new NotamFeedReceiver(), $bus, (int) (getenv('PHPLEAK_N') ?: 100));
$worker->run();
