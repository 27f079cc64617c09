<?php

namespace Council\Agenda;

use Council\Support\Hook;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

/**
 * POST /agendas: the clerk's office posts the agenda of an upcoming meeting.
 * Built for each request, from services held by the locator.
 */
final class AgendaController
{
    private bool $hooksRegistered = false;

    public function __construct(
        private readonly Request $request,
        private readonly AgendaRepository $agendas,
        private readonly SubscriberMailer $mailer,
    ) {
        $this->registerHooks();
    }

    private function registerHooks(): void
    {
        if ($this->hooksRegistered) {
            return;
        }
        $this->hooksRegistered = true;
        Hook::listen('agenda.published', fn (Agenda $agenda) => $this->notifySubscribers($agenda)); // leak
    }

    public function publish(): Response
    {
        $data = $this->request->post();
        $items = [];
        foreach ($data['items'] ?? [] as $row) {
            $items[] = new AgendaItem($row['number'], $row['title'], $row['sponsor'], $row['type']);
        }
        $agenda = new Agenda($data['meeting_id'], $data['body'], new \DateTimeImmutable($data['meeting_at']), $items);

        $this->agendas->save($agenda);
        Hook::dispatch('agenda.published', $agenda);

        return new Response(201, ['Content-Type' => 'application/json'], json_encode(['meeting_id' => $agenda->meetingId, 'items' => count($items)]));
    }

    private function notifySubscribers(Agenda $agenda): void
    {
        $this->mailer->agendaPosted($agenda, strtolower(str_replace(' ', '-', $agenda->body)) . '@lists.city.gov');
    }
}
