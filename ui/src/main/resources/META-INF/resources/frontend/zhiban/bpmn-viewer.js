import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

/*
 * <zhiban-bpmn-viewer>: a read-only BPMN 2.0 diagram with markers for where a case stands.
 *
 * Everything the element shows is derived from its properties, never from the order in which they
 * arrived: the server may set them before this module is loaded, before the element is in the document,
 * or again after a re-attach. Rendering goes to the light DOM because bpmn-js's stylesheets are global
 * (imported by the Java class with @CssImport) and would not reach into a shadow root.
 */

// Later entries win where an activity carries several markers (the CSS is ordered the same way).
const MARKER_CLASSES = {
  completedActivities: 'zhiban-bpmn-completed',
  activeActivities: 'zhiban-bpmn-active',
  incidentActivities: 'zhiban-bpmn-incident',
};

// Fallbacks only: the application is expected to pass localised labels.
const DEFAULT_BUTTON_LABELS = {
  zoomInLabel: '放大',
  zoomOutLabel: '缩小',
  fitLabel: '适应窗口',
};

const BUTTONS = [
  { labelProperty: 'zoomInLabel', symbol: '+', action: (viewer) => viewer.get('zoomScroll').stepZoom(1) },
  { labelProperty: 'zoomOutLabel', symbol: '\u2212', action: (viewer) => viewer.get('zoomScroll').stepZoom(-1) },
  { labelProperty: 'fitLabel', symbol: '\u2922', action: (viewer) => viewer.get('canvas').zoom('fit-viewport', 'auto') },
];

// Camunda names the activity instance of a multi-instance body "<activityId>#multiInstanceBody".
const ACTIVITY_ID_SUFFIX = /#.*$/;

const toText = (value) => (typeof value === 'string' ? value : '');
const toIdList = (value) => (Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);

class ZhibanBpmnViewer extends HTMLElement {
  constructor() {
    super();
    this._state = {
      diagramXml: '',
      emptyText: '',
      errorText: '',
      ...DEFAULT_BUTTON_LABELS,
      ...Object.fromEntries(Object.keys(MARKER_CLASSES).map((name) => [name, []])),
    };
    this._viewer = null;
    // 'empty' | 'importing' | 'diagram' | 'error'
    this._status = 'empty';
    this._renderedXml = null;
    this._appliedMarkers = [];
    this._imports = Promise.resolve();
  }

  connectedCallback() {
    if (!this._canvasHost) {
      this._buildSkeleton();
    }
    this._upgradeProperties();
    this._resizeObserver = new ResizeObserver(() => this._onResize());
    this._resizeObserver.observe(this);
    this._renderMessage();
    this._renderButtonLabels();
    this._scheduleImport();
  }

  disconnectedCallback() {
    // The viewer is kept: Flow may move the element, and re-importing on every move would flicker.
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
  }

  // --- state changes coming from properties -------------------------------------------------------

  _propertyChanged(name) {
    if (name === 'diagramXml') {
      this._scheduleImport();
    } else if (name in MARKER_CLASSES) {
      this._renderMarkers();
    } else if (name in DEFAULT_BUTTON_LABELS) {
      this._renderButtonLabels();
    } else {
      this._renderMessage();
    }
  }

  /*
   * A property set on the element before this class was defined is an own property of the instance and
   * would hide our accessor; move it through the accessor instead.
   */
  _upgradeProperties() {
    for (const name of Object.keys(this._state)) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  // --- diagram import -------------------------------------------------------------------------------

  /* Imports run one after another and each one renders the latest XML, so a burst of changes ends right. */
  _scheduleImport() {
    this._imports = this._imports.then(() => this._importLatestXml());
  }

  async _importLatestXml() {
    const xml = this._state.diagramXml;
    if (!this.isConnected || !this._canvasHost || xml === this._renderedXml) {
      return;
    }
    if (!xml.trim()) {
      this._viewer?.clear();
      this._finishImport(xml, 'empty');
      return;
    }
    const viewer = this._ensureViewer();
    this._status = 'importing';
    try {
      await viewer.importXML(xml);
      this._finishImport(xml, 'diagram');
      this._fitWhenVisible();
      this._renderMarkers();
    } catch (error) {
      viewer.clear();
      this._finishImport(xml, 'error');
      this.dispatchEvent(new CustomEvent('diagram-error', {
        detail: { message: String(error?.message ?? error) },
      }));
    }
  }

  _finishImport(xml, status) {
    this._renderedXml = xml;
    this._status = status;
    // Markers belonged to the elements of the previous diagram, which are gone now.
    this._appliedMarkers = [];
    this._renderMessage();
  }

  _ensureViewer() {
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this._canvasHost });
    }
    return this._viewer;
  }

  // --- markers --------------------------------------------------------------------------------------

  _renderMarkers() {
    if (this._status !== 'diagram') {
      return;
    }
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    for (const { elementId, markerClass } of this._appliedMarkers) {
      if (registry.get(elementId)) {
        canvas.removeMarker(elementId, markerClass);
      }
    }
    this._appliedMarkers = [];
    for (const [property, markerClass] of Object.entries(MARKER_CLASSES)) {
      for (const id of this._state[property]) {
        const elementId = registry.get(id) ? id : id.replace(ACTIVITY_ID_SUFFIX, '');
        if (registry.get(elementId)) {
          canvas.addMarker(elementId, markerClass);
          this._appliedMarkers.push({ elementId, markerClass });
        }
      }
    }
  }

  // --- sizing ---------------------------------------------------------------------------------------

  _onResize() {
    if (!this._viewer) {
      return;
    }
    this._viewer.get('canvas').resized();
    this._fitWhenVisible();
  }

  /*
   * Fitting into a hidden (zero-sized) container, e.g. in a closed tab, yields an unusable zoom; the
   * ResizeObserver calls again once the container gets a size.
   */
  _fitWhenVisible() {
    if (this._status === 'diagram' && this._canvasHost.clientWidth > 0 && this._canvasHost.clientHeight > 0) {
      this._viewer.get('canvas').zoom('fit-viewport', 'auto');
    }
  }

  // --- light DOM skeleton: canvas, state message, zoom buttons ----------------------------------------

  _buildSkeleton() {
    this._canvasHost = document.createElement('div');
    this._canvasHost.className = 'zhiban-bpmn-canvas';

    this._message = document.createElement('div');
    this._message.className = 'zhiban-bpmn-message';
    this._message.setAttribute('role', 'status');

    this._toolbar = document.createElement('div');
    this._toolbar.className = 'zhiban-bpmn-toolbar';
    this._buttons = BUTTONS.map(({ labelProperty, symbol, action }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'zhiban-bpmn-button';
      button.dataset.label = labelProperty;
      const glyph = document.createElement('span');
      glyph.setAttribute('aria-hidden', 'true');
      glyph.textContent = symbol;
      button.append(glyph);
      button.addEventListener('click', () => {
        if (this._status === 'diagram') {
          action(this._viewer);
        }
      });
      this._toolbar.append(button);
      return button;
    });

    this.append(this._canvasHost, this._message, this._toolbar);
  }

  _renderMessage() {
    if (!this._message) {
      return;
    }
    const { emptyText, errorText } = this._state;
    let text = '';
    if (this._status === 'empty') {
      text = emptyText;
    } else if (this._status === 'error') {
      text = errorText || emptyText;
    }
    this._message.textContent = text;
    this._message.hidden = !text;
    this.toggleAttribute('has-diagram', this._status === 'diagram');
    this._toolbar.hidden = this._status !== 'diagram';
  }

  _renderButtonLabels() {
    for (const button of this._buttons ?? []) {
      const label = this._state[button.dataset.label] || DEFAULT_BUTTON_LABELS[button.dataset.label];
      button.setAttribute('aria-label', label);
      button.title = label;
    }
  }
}

// Accessors for every property the server sets; each normalises its value and re-renders what depends on it.
for (const name of ['diagramXml', 'emptyText', 'errorText', ...Object.keys(DEFAULT_BUTTON_LABELS)]) {
  Object.defineProperty(ZhibanBpmnViewer.prototype, name, {
    get() { return this._state[name]; },
    set(value) { this._state[name] = toText(value); this._propertyChanged(name); },
  });
}
for (const name of Object.keys(MARKER_CLASSES)) {
  Object.defineProperty(ZhibanBpmnViewer.prototype, name, {
    get() { return [...this._state[name]]; },
    set(value) { this._state[name] = toIdList(value); this._propertyChanged(name); },
  });
}

if (!customElements.get('zhiban-bpmn-viewer')) {
  customElements.define('zhiban-bpmn-viewer', ZhibanBpmnViewer);
}
