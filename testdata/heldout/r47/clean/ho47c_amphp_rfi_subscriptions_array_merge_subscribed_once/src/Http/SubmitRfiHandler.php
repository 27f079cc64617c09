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
    private bool $subscribed = false;

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

        if (!$this->subscribed) {
            $this->events->subscribeMany($this->subscriptions());
            $this->subscribed = true;
        }
        $this->events->emit('rfi.submitted', ['number' => $rfi->number]);

        return new Response(201, ['content-type' => 'application/json'], json_encode(['number' => $rfi->number, 'due' => $rfi->dueTs]));
    }

    /**
     * Lifecycle listeners, registered once per worker: everything they need
     * about the RFI travels in the event payload (loaded by whoever emits).
     *
     * @return array<string, list<\Closure>>
     */
    private function subscriptions(): array
    {
        $notifier = $this->notifier;
        $escalateTo = $this->config['escalate_to'];

        return [
            'rfi.answered' => [static function (array $e) use ($notifier): void {
                $notifier->mail($e['raised_by'], "{$e['number']} answered");
            }],
            'rfi.overdue' => [static function (array $e) use ($notifier, $escalateTo): void {
                if (($e['answer'] ?? null) === null) {
                    $notifier->mail($escalateTo, "{$e['number']} overdue: {$e['drawing']}");
                }
            }],
        ];
    }
}
