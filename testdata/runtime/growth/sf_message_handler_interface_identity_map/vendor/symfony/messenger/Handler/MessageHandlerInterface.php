<?php

namespace Symfony\Component\Messenger\Handler;

/**
 * Marker interface for message handlers.
 *
 * @deprecated since Symfony 6.2, use the {@see \Symfony\Component\Messenger\Attribute\AsMessageHandler} attribute instead
 */
interface MessageHandlerInterface
{
}
