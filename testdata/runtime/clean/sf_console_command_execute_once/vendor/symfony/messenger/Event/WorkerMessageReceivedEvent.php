<?php

namespace Symfony\Component\Messenger\Event;

final class WorkerMessageReceivedEvent extends AbstractWorkerMessageEvent
{
}
