<?php

declare(strict_types=1);

namespace App\Http;

use App\Export\ExportFactory;
use App\Export\ExportTracker;
use App\Survey\SchemaRegistry;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

/**
 * GET /surveys/{survey}/responses.csv
 *
 * Large exports are sent in pieces: the first response carries the first
 * chunk and a link the client follows for the rest.
 */
final class ExportController
{
    private const CHUNK_LINES = 6;

    public function __construct(
        private SchemaRegistry $schemas,
        private ExportFactory $exports,
    ) {
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        $schema = $this->schemas->find((string) $request->getAttribute('survey'));
        if ($schema === null) {
            return new Response(Response::STATUS_NOT_FOUND);
        }

        $export = $this->exports->create($schema);
        $body = $export->read(self::CHUNK_LINES);

        $response = new Response(Response::STATUS_OK, [
            'Content-Type' => 'text/csv; charset=utf-8',
            'Content-Disposition' => sprintf('attachment; filename="%s.csv"', $schema->id),
        ], $body);

        if (!$export->finished()) {
            $response = $response->withHeader('Link', sprintf('</exports/%s/next>; rel="next"', $export->id));
        }

        return $response;
    }
}
