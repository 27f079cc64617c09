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
        $minutes = $this->estimate($post->post_content);
        $label = $this->options['label'];
        $postfix = $this->options['postfix'];
        add_filter('the_content', function ($content) use ($post, $minutes, $label, $postfix) { // leak
            if (get_the_ID() !== $post->ID) {
                return $content;
            }
            return '<span class="rt-reading-time">' . $label . ': ' . $minutes . ' ' . $postfix . '</span>' . $content;
        }, 5);
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
