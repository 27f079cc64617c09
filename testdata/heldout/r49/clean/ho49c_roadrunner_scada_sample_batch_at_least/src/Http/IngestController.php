<?php

namespace App\Http;

use App\Telemetry\QualityFilter;
use App\Telemetry\Sample;
use App\Telemetry\SampleBuffer;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class IngestController
{
    public function __construct(private SampleBuffer $buffer, private QualityFilter $filter)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $station = $request->getHeaderLine('x-rtu-station');
        $rows = json_decode($request->getBody(), true, 8, JSON_THROW_ON_ERROR);

        $accepted = 0;
        foreach ($rows['samples'] as $row) {
            $sample = Sample::fromArray($station, $row);
            if (!$this->filter->accepts($sample)) {
                continue;
            }
            $this->buffer->push($sample);
            $accepted++;
        }

        return new Response(202, ['content-type' => 'application/json'], json_encode(['accepted' => $accepted]));
    }
}
