<?php

namespace App\Collection;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

/** Transport fed by the collections management system's export feed. */
final class CollectionsApiReceiver implements ReceiverInterface
{
    private int $cursor = 0;

    public function get(): iterable
    {
        $n = $this->cursor++;
        yield new Envelope(new ImportArtworkRecord(
            sprintf('1987.%05d', $n),
            'Untitled (Blue Study ' . $n . ')',
            ['Hilma af Klint', 'Sonia Delaunay', 'Paul Klee'][$n % 3],
            'Watercolour and graphite on paper',
            str_repeat('Acquired from the artist\'s estate; shown in the 1987 retrospective and lent twice since. ', 4),
        ));
    }
}
