<?php

declare(strict_types=1);

namespace Docs\Realtime;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class EditorHub implements MessageComponentInterface
{
    /** @var array<string, Document> */
    private array $documents = [];

    public function onOpen(ConnectionInterface $conn)
    {
        $conn->send('{"type":"ready"}');
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $frame = json_decode($msg, true, flags: JSON_THROW_ON_ERROR);
        $document = $this->documents[$frame['doc']] ??= new Document($frame['doc']);

        if ($frame['type'] === 'join') {
            $from->editor = $frame['editor'];
            $document->watch(function (array $patch) use ($from): void { // leak
                $from->send(json_encode(['type' => 'patch'] + $patch));
            });
        } elseif ($frame['type'] === 'insert') {
            $document->apply($frame['offset'], $frame['text']);
        }
    }

    public function onClose(ConnectionInterface $conn)
    {
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->close();
    }
}
