<?php

declare(strict_types=1);

namespace App;

use App\Message\ServiceAlertReceived;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

/** Stand-in for the AMQP transport the feed poller publishes alerts to. */
final class GtfsRtAlertReceiver implements ReceiverInterface
{
    private int $seq = 0;
    public int $acked = 0;

    public function get(): iterable
    {
        $effects = ['NO_SERVICE', 'REDUCED_SERVICE', 'SIGNIFICANT_DELAYS', 'DETOUR', 'STOP_MOVED'];
        $causes = ['CONSTRUCTION', 'TECHNICAL_PROBLEM', 'ACCIDENT', 'WEATHER', 'STRIKE'];
        for ($k = 0; $k < 5; $k++) {
            $i = $this->seq++;
            $line = (string) (2 + $i % 17);
            $from = 1717200000 + $i * 420;
            yield Envelope::wrap(new ServiceAlertReceived(
                sprintf('ch-alert-%s-%06d', gmdate('Ymd', $from), $i),
                $causes[$i % 5],
                $effects[($i * 3) % 5],
                [['route_id' => 'vbz-' . $line], ['stop_id' => sprintf('ch:1:sloid:%d', 3000 + $i % 211)]],
                [
                    'de' => sprintf('Linie %s: Unterbruch zwischen Haltestelle %d und %d', $line, $i % 211, ($i + 4) % 211),
                    'en' => sprintf('Line %s: service interrupted between stops %d and %d', $line, $i % 211, ($i + 4) % 211),
                ],
                [
                    'de' => sprintf('Wegen %s verkehrt die Linie %s bis voraussichtlich %s nur eingeschränkt. Bitte benützen Sie die Ersatzbusse ab Haltekante %s. Meldung %d.', strtolower($causes[$i % 5]), $line, gmdate('H:i', $from + 5400), chr(65 + $i % 4), $i),
                    'en' => sprintf('Due to %s line %s runs a reduced service until approx. %s. Replacement buses leave from bay %s. Notice %d.', strtolower($causes[$i % 5]), $line, gmdate('H:i', $from + 5400), chr(65 + $i % 4), $i),
                ],
                $from,
                $i % 7 === 0 ? null : $from + 5400,
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}
