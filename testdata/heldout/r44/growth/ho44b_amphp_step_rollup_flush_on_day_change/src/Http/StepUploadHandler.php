<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use Amp\Http\Server\Router;
use App\Steps\DailyStepRollup;
use App\Steps\StepSampleParser;

final class StepUploadHandler implements RequestHandler
{
    public function __construct(
        private readonly StepSampleParser $parser,
        private readonly DailyStepRollup $rollup,
        private readonly JsonResponder $responder,
    ) {
    }

    public function handleRequest(Request $request): Response
    {
        $athleteId = $request->getAttribute(Router::class)['athlete'];
        try {
            $samples = $this->parser->parse($athleteId, $request->getAttribute('device_id'), $request->getBody()->buffer());
        } catch (\JsonException) {
            return $this->responder->problem(400, 'Malformed step payload');
        }

        $accepted = 0;
        foreach ($samples as $sample) {
            $this->rollup->add($sample);
            $accepted++;
        }

        return $this->responder->ok(['accepted' => $accepted], 202);
    }
}
