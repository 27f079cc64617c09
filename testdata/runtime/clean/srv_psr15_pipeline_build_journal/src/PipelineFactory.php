<?php

namespace App;

use App\Journal\JournalEntry;
use App\Journal\RequestJournal;
use Laminas\Stratigility\MiddlewarePipe;
use Psr\Http\Server\MiddlewareInterface;

final class PipelineFactory
{
    public function __construct(private RequestJournal $journal)
    {
    }

    public function create(MiddlewareInterface ...$middleware): MiddlewarePipe
    {
        $pipe = new MiddlewarePipe();
        foreach ($middleware as $position => $entry) {
            $pipe->pipe($entry);
            $this->journal->append(new JournalEntry('boot', 'piped ' . $entry::class, [
                'position' => $position,
                'description' => str_repeat('middleware registered at worker boot; ', 10),
            ], microtime(true)));
        }

        return $pipe;
    }
}
