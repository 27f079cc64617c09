<?php

namespace Council\Agenda;

final class AgendaItem
{
    public function __construct(
        public readonly string $number,
        public readonly string $title,
        public readonly string $sponsor,
        public readonly string $type,
    ) {
    }
}

final class Agenda
{
    /** @param list<AgendaItem> $items */
    public function __construct(
        public readonly string $meetingId,
        public readonly string $body,
        public readonly \DateTimeImmutable $meetingAt,
        public readonly array $items,
    ) {
    }
}

final class AgendaRepository
{
    public int $saved = 0;

    public function save(Agenda $agenda): void
    {
        // INSERT INTO council_agenda ... / agenda_item ...
        $this->saved++;
    }
}

final class SubscriberMailer
{
    public int $queued = 0;

    public function agendaPosted(Agenda $agenda, string $list): void
    {
        // hands the message to the mail relay
        $this->queued++;
    }
}
