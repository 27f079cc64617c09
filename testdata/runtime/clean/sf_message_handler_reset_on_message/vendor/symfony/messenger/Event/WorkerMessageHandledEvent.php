<?php

namespace Symfony\Component\Messenger\Event;

final class WorkerMessageHandledEvent extends AbstractWorkerMessageEvent
{
}
