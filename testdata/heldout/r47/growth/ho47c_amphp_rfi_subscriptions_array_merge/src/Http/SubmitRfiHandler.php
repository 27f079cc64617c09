<?php

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Events\RfiEventBus;
use App\Rfi\Rfi;
use App\Rfi\RfiNotifier;

final class SubmitRfiHandler implements RequestHandler
{
    public function __construct(
        private RfiEventBus $events,
        private RfiNotifier $notifier,
        private array $config,
    ) {
    }

    public function handleRequest(Request $request): Response
    {
        $data = json_decode($request->getBody(), true, 8, JSON_THROW_ON_ERROR);
        if (!in_array($data['discipline'], $this->config['disciplines'], true)) {
            return new Response(422, [], 'unknown discipline');
        }
        $rfi = new Rfi(
            number: $data['number'],
            discipline: $data['discipline'],
            question: $data['question'],
            raisedBy: $request->getAttribute('user'),
            drawingRef: $data['drawing'],
            dueTs: $data['ts'] + $this->config['response_days'] * 86400,
        );

        $this->events->subscribeMany($this->subscriptionsFor($rfi)); // leak
        $this->events->emit('rfi.submitted', ['number' => $rfi->number]);

        return new Response(201, ['content-type' => 'application/json'], json_encode(['number' => $rfi->number, 'due' => $rfi->dueTs]));
    }

    /** @return array<string, list<\Closure>> */
    private function subscriptionsFor(Rfi $rfi): array
    {
        $notifier = $this->notifier;
        $escalateTo = $this->config['escalate_to'];

        return [
            'rfi.answered' => [static function (array $e) use ($rfi, $notifier): void {
                if ($e['number'] === $rfi->number) {
                    $rfi->answer = $e['answer'];
                    $notifier->mail($rfi->raisedBy, "{$rfi->number} answered");
                }
            }],
            'rfi.overdue' => [static function (array $e) use ($rfi, $notifier, $escalateTo): void {
                if ($e['number'] === $rfi->number && $rfi->answer === null) {
                    $notifier->mail($escalateTo, "{$rfi->number} overdue: {$rfi->drawingRef}");
                }
            }],
        ];
    }
}
