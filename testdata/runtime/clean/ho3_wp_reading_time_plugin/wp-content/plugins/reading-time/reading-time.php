<?php
/**
 * Plugin Name: Reading Time
 * Description: Shows an estimated reading time above single posts.
 * Version: 1.4.2
 */

if (!defined('ABSPATH')) {
    exit;
}

class Reading_Time_Plugin
{
    const WORDS_PER_MINUTE = 220;

    /** @var Reading_Time_Plugin|null */
    private static $instance = null;

    /** @var int */
    private $current_post_id = 0;

    /** @var int */
    private $current_minutes = 0;

    /** @var array */
    private $options = array('label' => 'Reading time', 'postfix' => 'min');

    /**
     * @return Reading_Time_Plugin
     */
    public static function instance()
    {
        if (self::$instance === null) {
            self::$instance = new self();
        }
        return self::$instance;
    }

    private function __construct()
    {
        add_action('plugins_loaded', array($this, 'load_options'));
        add_filter('the_content', array($this, 'filter_content'), 5);
    }

    public function load_options()
    {
        $this->options['label'] = 'Estimated reading time';
    }

    /**
     * Called by the theme before the loop of a single post.
     *
     * @param WP_Post_Minimal $post
     */
    public function prepare_post($post)
    {
        $this->current_post_id = $post->ID;
        $this->current_minutes = $this->estimate($post->post_content);
    }

    /**
     * @param string $content
     * @return string
     */
    public function filter_content($content)
    {
        if (get_the_ID() !== $this->current_post_id) {
            return $content;
        }
        return '<span class="rt-reading-time">' . $this->options['label'] . ': ' . $this->current_minutes . ' ' . $this->options['postfix'] . '</span>' . $content;
    }

    /**
     * @param string $content
     * @return int
     */
    public function estimate($content)
    {
        $words = str_word_count(wp_strip_all_tags_minimal($content));
        return max(1, (int) ceil($words / self::WORDS_PER_MINUTE));
    }
}

/**
 * @param string $text
 * @return string
 */
function wp_strip_all_tags_minimal($text)
{
    return trim(strip_tags($text));
}

Reading_Time_Plugin::instance();
